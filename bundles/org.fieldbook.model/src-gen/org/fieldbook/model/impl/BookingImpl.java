/**
 */
package org.fieldbook.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.BookableResource;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.WorkOrder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Booking</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getEndTime <em>End Time</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getResource <em>Resource</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getActualArrivalTime <em>Actual Arrival Time</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getEstimatedTravelDuration <em>Estimated Travel Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getActualTravelDuration <em>Actual Travel Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getTotalBreakDuration <em>Total Break Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.BookingImpl#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BookingImpl extends RecordImpl implements Booking {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final Instant START_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected Instant startTime = START_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndTime() <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndTime()
	 * @generated
	 * @ordered
	 */
	protected static final Instant END_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndTime() <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndTime()
	 * @generated
	 * @ordered
	 */
	protected Instant endTime = END_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDuration() <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuration()
	 * @generated
	 * @ordered
	 */
	protected int duration = DURATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected BookingStatus status;

	/**
	 * The cached value of the '{@link #getResource() <em>Resource</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResource()
	 * @generated
	 * @ordered
	 */
	protected BookableResource resource;

	/**
	 * The cached value of the '{@link #getWorkOrder() <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkOrder()
	 * @generated
	 * @ordered
	 */
	protected WorkOrder workOrder;

	/**
	 * The default value of the '{@link #getActualArrivalTime() <em>Actual Arrival Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualArrivalTime()
	 * @generated
	 * @ordered
	 */
	protected static final Instant ACTUAL_ARRIVAL_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualArrivalTime() <em>Actual Arrival Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualArrivalTime()
	 * @generated
	 * @ordered
	 */
	protected Instant actualArrivalTime = ACTUAL_ARRIVAL_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatedTravelDuration() <em>Estimated Travel Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedTravelDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int ESTIMATED_TRAVEL_DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEstimatedTravelDuration() <em>Estimated Travel Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedTravelDuration()
	 * @generated
	 * @ordered
	 */
	protected int estimatedTravelDuration = ESTIMATED_TRAVEL_DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualTravelDuration() <em>Actual Travel Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualTravelDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int ACTUAL_TRAVEL_DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getActualTravelDuration() <em>Actual Travel Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualTravelDuration()
	 * @generated
	 * @ordered
	 */
	protected int actualTravelDuration = ACTUAL_TRAVEL_DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTotalBreakDuration() <em>Total Break Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalBreakDuration()
	 * @generated
	 * @ordered
	 */
	protected static final int TOTAL_BREAK_DURATION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTotalBreakDuration() <em>Total Break Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalBreakDuration()
	 * @generated
	 * @ordered
	 */
	protected int totalBreakDuration = TOTAL_BREAK_DURATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnerId() <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnerId()
	 * @generated
	 * @ordered
	 */
	protected String ownerId = OWNER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNING_BUSINESS_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwningBusinessUnit() <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwningBusinessUnit()
	 * @generated
	 * @ordered
	 */
	protected String owningBusinessUnit = OWNING_BUSINESS_UNIT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BookingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.BOOKING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(Instant newStartTime) {
		Instant oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEndTime() {
		return endTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndTime(Instant newEndTime) {
		Instant oldEndTime = endTime;
		endTime = newEndTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__END_TIME, oldEndTime, endTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDuration() {
		return duration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuration(int newDuration) {
		int oldDuration = duration;
		duration = newDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BookingStatus getStatus() {
		if (status != null && status.eIsProxy()) {
			InternalEObject oldStatus = (InternalEObject)status;
			status = (BookingStatus)eResolveProxy(oldStatus);
			if (status != oldStatus) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.BOOKING__STATUS, oldStatus, status));
			}
		}
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BookingStatus basicGetStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(BookingStatus newStatus) {
		BookingStatus oldStatus = status;
		status = newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BookableResource getResource() {
		if (resource != null && resource.eIsProxy()) {
			InternalEObject oldResource = (InternalEObject)resource;
			resource = (BookableResource)eResolveProxy(oldResource);
			if (resource != oldResource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.BOOKING__RESOURCE, oldResource, resource));
			}
		}
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BookableResource basicGetResource() {
		return resource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResource(BookableResource newResource) {
		BookableResource oldResource = resource;
		resource = newResource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__RESOURCE, oldResource, resource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkOrder getWorkOrder() {
		if (workOrder != null && workOrder.eIsProxy()) {
			InternalEObject oldWorkOrder = (InternalEObject)workOrder;
			workOrder = (WorkOrder)eResolveProxy(oldWorkOrder);
			if (workOrder != oldWorkOrder) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.BOOKING__WORK_ORDER, oldWorkOrder, workOrder));
			}
		}
		return workOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkOrder basicGetWorkOrder() {
		return workOrder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkOrder(WorkOrder newWorkOrder) {
		WorkOrder oldWorkOrder = workOrder;
		workOrder = newWorkOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__WORK_ORDER, oldWorkOrder, workOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getActualArrivalTime() {
		return actualArrivalTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualArrivalTime(Instant newActualArrivalTime) {
		Instant oldActualArrivalTime = actualArrivalTime;
		actualArrivalTime = newActualArrivalTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__ACTUAL_ARRIVAL_TIME, oldActualArrivalTime, actualArrivalTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEstimatedTravelDuration() {
		return estimatedTravelDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedTravelDuration(int newEstimatedTravelDuration) {
		int oldEstimatedTravelDuration = estimatedTravelDuration;
		estimatedTravelDuration = newEstimatedTravelDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__ESTIMATED_TRAVEL_DURATION, oldEstimatedTravelDuration, estimatedTravelDuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getActualTravelDuration() {
		return actualTravelDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualTravelDuration(int newActualTravelDuration) {
		int oldActualTravelDuration = actualTravelDuration;
		actualTravelDuration = newActualTravelDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__ACTUAL_TRAVEL_DURATION, oldActualTravelDuration, actualTravelDuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTotalBreakDuration() {
		return totalBreakDuration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalBreakDuration(int newTotalBreakDuration) {
		int oldTotalBreakDuration = totalBreakDuration;
		totalBreakDuration = newTotalBreakDuration;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__TOTAL_BREAK_DURATION, oldTotalBreakDuration, totalBreakDuration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnerId() {
		return ownerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnerId(String newOwnerId) {
		String oldOwnerId = ownerId;
		ownerId = newOwnerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__OWNER_ID, oldOwnerId, ownerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwningBusinessUnit() {
		return owningBusinessUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwningBusinessUnit(String newOwningBusinessUnit) {
		String oldOwningBusinessUnit = owningBusinessUnit;
		owningBusinessUnit = newOwningBusinessUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.BOOKING__OWNING_BUSINESS_UNIT, oldOwningBusinessUnit, owningBusinessUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.BOOKING__NAME:
				return getName();
			case FieldbookPackage.BOOKING__START_TIME:
				return getStartTime();
			case FieldbookPackage.BOOKING__END_TIME:
				return getEndTime();
			case FieldbookPackage.BOOKING__DURATION:
				return getDuration();
			case FieldbookPackage.BOOKING__STATUS:
				if (resolve) return getStatus();
				return basicGetStatus();
			case FieldbookPackage.BOOKING__RESOURCE:
				if (resolve) return getResource();
				return basicGetResource();
			case FieldbookPackage.BOOKING__WORK_ORDER:
				if (resolve) return getWorkOrder();
				return basicGetWorkOrder();
			case FieldbookPackage.BOOKING__ACTUAL_ARRIVAL_TIME:
				return getActualArrivalTime();
			case FieldbookPackage.BOOKING__ESTIMATED_TRAVEL_DURATION:
				return getEstimatedTravelDuration();
			case FieldbookPackage.BOOKING__ACTUAL_TRAVEL_DURATION:
				return getActualTravelDuration();
			case FieldbookPackage.BOOKING__TOTAL_BREAK_DURATION:
				return getTotalBreakDuration();
			case FieldbookPackage.BOOKING__OWNER_ID:
				return getOwnerId();
			case FieldbookPackage.BOOKING__OWNING_BUSINESS_UNIT:
				return getOwningBusinessUnit();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FieldbookPackage.BOOKING__NAME:
				setName((String)newValue);
				return;
			case FieldbookPackage.BOOKING__START_TIME:
				setStartTime((Instant)newValue);
				return;
			case FieldbookPackage.BOOKING__END_TIME:
				setEndTime((Instant)newValue);
				return;
			case FieldbookPackage.BOOKING__DURATION:
				setDuration((Integer)newValue);
				return;
			case FieldbookPackage.BOOKING__STATUS:
				setStatus((BookingStatus)newValue);
				return;
			case FieldbookPackage.BOOKING__RESOURCE:
				setResource((BookableResource)newValue);
				return;
			case FieldbookPackage.BOOKING__WORK_ORDER:
				setWorkOrder((WorkOrder)newValue);
				return;
			case FieldbookPackage.BOOKING__ACTUAL_ARRIVAL_TIME:
				setActualArrivalTime((Instant)newValue);
				return;
			case FieldbookPackage.BOOKING__ESTIMATED_TRAVEL_DURATION:
				setEstimatedTravelDuration((Integer)newValue);
				return;
			case FieldbookPackage.BOOKING__ACTUAL_TRAVEL_DURATION:
				setActualTravelDuration((Integer)newValue);
				return;
			case FieldbookPackage.BOOKING__TOTAL_BREAK_DURATION:
				setTotalBreakDuration((Integer)newValue);
				return;
			case FieldbookPackage.BOOKING__OWNER_ID:
				setOwnerId((String)newValue);
				return;
			case FieldbookPackage.BOOKING__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FieldbookPackage.BOOKING__NAME:
				setName(NAME_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING__END_TIME:
				setEndTime(END_TIME_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING__STATUS:
				setStatus((BookingStatus)null);
				return;
			case FieldbookPackage.BOOKING__RESOURCE:
				setResource((BookableResource)null);
				return;
			case FieldbookPackage.BOOKING__WORK_ORDER:
				setWorkOrder((WorkOrder)null);
				return;
			case FieldbookPackage.BOOKING__ACTUAL_ARRIVAL_TIME:
				setActualArrivalTime(ACTUAL_ARRIVAL_TIME_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING__ESTIMATED_TRAVEL_DURATION:
				setEstimatedTravelDuration(ESTIMATED_TRAVEL_DURATION_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING__ACTUAL_TRAVEL_DURATION:
				setActualTravelDuration(ACTUAL_TRAVEL_DURATION_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING__TOTAL_BREAK_DURATION:
				setTotalBreakDuration(TOTAL_BREAK_DURATION_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING__OWNER_ID:
				setOwnerId(OWNER_ID_EDEFAULT);
				return;
			case FieldbookPackage.BOOKING__OWNING_BUSINESS_UNIT:
				setOwningBusinessUnit(OWNING_BUSINESS_UNIT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FieldbookPackage.BOOKING__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case FieldbookPackage.BOOKING__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
			case FieldbookPackage.BOOKING__END_TIME:
				return END_TIME_EDEFAULT == null ? endTime != null : !END_TIME_EDEFAULT.equals(endTime);
			case FieldbookPackage.BOOKING__DURATION:
				return duration != DURATION_EDEFAULT;
			case FieldbookPackage.BOOKING__STATUS:
				return status != null;
			case FieldbookPackage.BOOKING__RESOURCE:
				return resource != null;
			case FieldbookPackage.BOOKING__WORK_ORDER:
				return workOrder != null;
			case FieldbookPackage.BOOKING__ACTUAL_ARRIVAL_TIME:
				return ACTUAL_ARRIVAL_TIME_EDEFAULT == null ? actualArrivalTime != null : !ACTUAL_ARRIVAL_TIME_EDEFAULT.equals(actualArrivalTime);
			case FieldbookPackage.BOOKING__ESTIMATED_TRAVEL_DURATION:
				return estimatedTravelDuration != ESTIMATED_TRAVEL_DURATION_EDEFAULT;
			case FieldbookPackage.BOOKING__ACTUAL_TRAVEL_DURATION:
				return actualTravelDuration != ACTUAL_TRAVEL_DURATION_EDEFAULT;
			case FieldbookPackage.BOOKING__TOTAL_BREAK_DURATION:
				return totalBreakDuration != TOTAL_BREAK_DURATION_EDEFAULT;
			case FieldbookPackage.BOOKING__OWNER_ID:
				return OWNER_ID_EDEFAULT == null ? ownerId != null : !OWNER_ID_EDEFAULT.equals(ownerId);
			case FieldbookPackage.BOOKING__OWNING_BUSINESS_UNIT:
				return OWNING_BUSINESS_UNIT_EDEFAULT == null ? owningBusinessUnit != null : !OWNING_BUSINESS_UNIT_EDEFAULT.equals(owningBusinessUnit);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(", endTime: ");
		result.append(endTime);
		result.append(", duration: ");
		result.append(duration);
		result.append(", actualArrivalTime: ");
		result.append(actualArrivalTime);
		result.append(", estimatedTravelDuration: ");
		result.append(estimatedTravelDuration);
		result.append(", actualTravelDuration: ");
		result.append(actualTravelDuration);
		result.append(", totalBreakDuration: ");
		result.append(totalBreakDuration);
		result.append(", ownerId: ");
		result.append(ownerId);
		result.append(", owningBusinessUnit: ");
		result.append(owningBusinessUnit);
		result.append(')');
		return result.toString();
	}

} //BookingImpl
