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
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.TimeEntryType;
import org.fieldbook.model.WorkOrder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Time Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.TimeEntryImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.TimeEntryImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.TimeEntryImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.TimeEntryImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.TimeEntryImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.TimeEntryImpl#getBookableResource <em>Bookable Resource</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.TimeEntryImpl#getBooking <em>Booking</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.TimeEntryImpl#getWorkOrder <em>Work Order</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimeEntryImpl extends RecordImpl implements TimeEntry {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Instant START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Instant start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Instant END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Instant end = END_EDEFAULT;

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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final TimeEntryType TYPE_EDEFAULT = TimeEntryType.WORK;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected TimeEntryType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBookableResource() <em>Bookable Resource</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookableResource()
	 * @generated
	 * @ordered
	 */
	protected BookableResource bookableResource;

	/**
	 * The cached value of the '{@link #getBooking() <em>Booking</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBooking()
	 * @generated
	 * @ordered
	 */
	protected Booking booking;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimeEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.TIME_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Instant newStart) {
		Instant oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.TIME_ENTRY__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Instant newEnd) {
		Instant oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.TIME_ENTRY__END, oldEnd, end));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.TIME_ENTRY__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeEntryType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(TimeEntryType newType) {
		TimeEntryType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.TIME_ENTRY__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.TIME_ENTRY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BookableResource getBookableResource() {
		if (bookableResource != null && bookableResource.eIsProxy()) {
			InternalEObject oldBookableResource = (InternalEObject)bookableResource;
			bookableResource = (BookableResource)eResolveProxy(oldBookableResource);
			if (bookableResource != oldBookableResource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.TIME_ENTRY__BOOKABLE_RESOURCE, oldBookableResource, bookableResource));
			}
		}
		return bookableResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BookableResource basicGetBookableResource() {
		return bookableResource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBookableResource(BookableResource newBookableResource) {
		BookableResource oldBookableResource = bookableResource;
		bookableResource = newBookableResource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.TIME_ENTRY__BOOKABLE_RESOURCE, oldBookableResource, bookableResource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Booking getBooking() {
		if (booking != null && booking.eIsProxy()) {
			InternalEObject oldBooking = (InternalEObject)booking;
			booking = (Booking)eResolveProxy(oldBooking);
			if (booking != oldBooking) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.TIME_ENTRY__BOOKING, oldBooking, booking));
			}
		}
		return booking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Booking basicGetBooking() {
		return booking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBooking(Booking newBooking) {
		Booking oldBooking = booking;
		booking = newBooking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.TIME_ENTRY__BOOKING, oldBooking, booking));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.TIME_ENTRY__WORK_ORDER, oldWorkOrder, workOrder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.TIME_ENTRY__WORK_ORDER, oldWorkOrder, workOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.TIME_ENTRY__START:
				return getStart();
			case FieldbookPackage.TIME_ENTRY__END:
				return getEnd();
			case FieldbookPackage.TIME_ENTRY__DURATION:
				return getDuration();
			case FieldbookPackage.TIME_ENTRY__TYPE:
				return getType();
			case FieldbookPackage.TIME_ENTRY__DESCRIPTION:
				return getDescription();
			case FieldbookPackage.TIME_ENTRY__BOOKABLE_RESOURCE:
				if (resolve) return getBookableResource();
				return basicGetBookableResource();
			case FieldbookPackage.TIME_ENTRY__BOOKING:
				if (resolve) return getBooking();
				return basicGetBooking();
			case FieldbookPackage.TIME_ENTRY__WORK_ORDER:
				if (resolve) return getWorkOrder();
				return basicGetWorkOrder();
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
			case FieldbookPackage.TIME_ENTRY__START:
				setStart((Instant)newValue);
				return;
			case FieldbookPackage.TIME_ENTRY__END:
				setEnd((Instant)newValue);
				return;
			case FieldbookPackage.TIME_ENTRY__DURATION:
				setDuration((Integer)newValue);
				return;
			case FieldbookPackage.TIME_ENTRY__TYPE:
				setType((TimeEntryType)newValue);
				return;
			case FieldbookPackage.TIME_ENTRY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case FieldbookPackage.TIME_ENTRY__BOOKABLE_RESOURCE:
				setBookableResource((BookableResource)newValue);
				return;
			case FieldbookPackage.TIME_ENTRY__BOOKING:
				setBooking((Booking)newValue);
				return;
			case FieldbookPackage.TIME_ENTRY__WORK_ORDER:
				setWorkOrder((WorkOrder)newValue);
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
			case FieldbookPackage.TIME_ENTRY__START:
				setStart(START_EDEFAULT);
				return;
			case FieldbookPackage.TIME_ENTRY__END:
				setEnd(END_EDEFAULT);
				return;
			case FieldbookPackage.TIME_ENTRY__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case FieldbookPackage.TIME_ENTRY__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case FieldbookPackage.TIME_ENTRY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case FieldbookPackage.TIME_ENTRY__BOOKABLE_RESOURCE:
				setBookableResource((BookableResource)null);
				return;
			case FieldbookPackage.TIME_ENTRY__BOOKING:
				setBooking((Booking)null);
				return;
			case FieldbookPackage.TIME_ENTRY__WORK_ORDER:
				setWorkOrder((WorkOrder)null);
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
			case FieldbookPackage.TIME_ENTRY__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case FieldbookPackage.TIME_ENTRY__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case FieldbookPackage.TIME_ENTRY__DURATION:
				return duration != DURATION_EDEFAULT;
			case FieldbookPackage.TIME_ENTRY__TYPE:
				return type != TYPE_EDEFAULT;
			case FieldbookPackage.TIME_ENTRY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case FieldbookPackage.TIME_ENTRY__BOOKABLE_RESOURCE:
				return bookableResource != null;
			case FieldbookPackage.TIME_ENTRY__BOOKING:
				return booking != null;
			case FieldbookPackage.TIME_ENTRY__WORK_ORDER:
				return workOrder != null;
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
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", duration: ");
		result.append(duration);
		result.append(", type: ");
		result.append(type);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //TimeEntryImpl
