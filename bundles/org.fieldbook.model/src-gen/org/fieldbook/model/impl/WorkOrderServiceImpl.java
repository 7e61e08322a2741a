/**
 */
package org.fieldbook.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.fieldbook.model.Booking;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.LineStatus;
import org.fieldbook.model.Product;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderService;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Order Service</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceImpl#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceImpl#getService <em>Service</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceImpl#getBooking <em>Booking</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceImpl#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.impl.WorkOrderServiceImpl#getLineStatus <em>Line Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkOrderServiceImpl extends RecordImpl implements WorkOrderService {
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
	 * The cached value of the '{@link #getService() <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getService()
	 * @generated
	 * @ordered
	 */
	protected Product service;

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
	 * The default value of the '{@link #getLineStatus() <em>Line Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStatus()
	 * @generated
	 * @ordered
	 */
	protected static final LineStatus LINE_STATUS_EDEFAULT = LineStatus.ESTIMATED;

	/**
	 * The cached value of the '{@link #getLineStatus() <em>Line Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineStatus()
	 * @generated
	 * @ordered
	 */
	protected LineStatus lineStatus = LINE_STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkOrderServiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FieldbookPackage.Literals.WORK_ORDER_SERVICE;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_SERVICE__WORK_ORDER, oldWorkOrder, workOrder));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE__WORK_ORDER, oldWorkOrder, workOrder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Product getService() {
		if (service != null && service.eIsProxy()) {
			InternalEObject oldService = (InternalEObject)service;
			service = (Product)eResolveProxy(oldService);
			if (service != oldService) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_SERVICE__SERVICE, oldService, service));
			}
		}
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Product basicGetService() {
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setService(Product newService) {
		Product oldService = service;
		service = newService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE__SERVICE, oldService, service));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, FieldbookPackage.WORK_ORDER_SERVICE__BOOKING, oldBooking, booking));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE__BOOKING, oldBooking, booking));
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
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE__DURATION, oldDuration, duration));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LineStatus getLineStatus() {
		return lineStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineStatus(LineStatus newLineStatus) {
		LineStatus oldLineStatus = lineStatus;
		lineStatus = newLineStatus == null ? LINE_STATUS_EDEFAULT : newLineStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FieldbookPackage.WORK_ORDER_SERVICE__LINE_STATUS, oldLineStatus, lineStatus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FieldbookPackage.WORK_ORDER_SERVICE__WORK_ORDER:
				if (resolve) return getWorkOrder();
				return basicGetWorkOrder();
			case FieldbookPackage.WORK_ORDER_SERVICE__SERVICE:
				if (resolve) return getService();
				return basicGetService();
			case FieldbookPackage.WORK_ORDER_SERVICE__BOOKING:
				if (resolve) return getBooking();
				return basicGetBooking();
			case FieldbookPackage.WORK_ORDER_SERVICE__DURATION:
				return getDuration();
			case FieldbookPackage.WORK_ORDER_SERVICE__LINE_STATUS:
				return getLineStatus();
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
			case FieldbookPackage.WORK_ORDER_SERVICE__WORK_ORDER:
				setWorkOrder((WorkOrder)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE__SERVICE:
				setService((Product)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE__BOOKING:
				setBooking((Booking)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE__DURATION:
				setDuration((Integer)newValue);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE__LINE_STATUS:
				setLineStatus((LineStatus)newValue);
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
			case FieldbookPackage.WORK_ORDER_SERVICE__WORK_ORDER:
				setWorkOrder((WorkOrder)null);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE__SERVICE:
				setService((Product)null);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE__BOOKING:
				setBooking((Booking)null);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE__DURATION:
				setDuration(DURATION_EDEFAULT);
				return;
			case FieldbookPackage.WORK_ORDER_SERVICE__LINE_STATUS:
				setLineStatus(LINE_STATUS_EDEFAULT);
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
			case FieldbookPackage.WORK_ORDER_SERVICE__WORK_ORDER:
				return workOrder != null;
			case FieldbookPackage.WORK_ORDER_SERVICE__SERVICE:
				return service != null;
			case FieldbookPackage.WORK_ORDER_SERVICE__BOOKING:
				return booking != null;
			case FieldbookPackage.WORK_ORDER_SERVICE__DURATION:
				return duration != DURATION_EDEFAULT;
			case FieldbookPackage.WORK_ORDER_SERVICE__LINE_STATUS:
				return lineStatus != LINE_STATUS_EDEFAULT;
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
		result.append(" (duration: ");
		result.append(duration);
		result.append(", lineStatus: ");
		result.append(lineStatus);
		result.append(')');
		return result.toString();
	}

} //WorkOrderServiceImpl
